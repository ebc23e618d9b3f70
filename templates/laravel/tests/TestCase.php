<?php

namespace Tests;

use Illuminate\Foundation\Testing\TestCase as BaseTestCase;

abstract class TestCase extends BaseTestCase
{
    /** The seed list every test starts from (each test boots a fresh app and array cache). */
    protected const ALICE = ['id' => 1, 'name' => 'Alice'];
}
