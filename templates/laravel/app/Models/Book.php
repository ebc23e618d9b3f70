<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * A row of the books table (seeded by the first migration).
 *
 * @property int $id
 * @property string $title
 * @property string $author
 */
class Book extends Model
{
    public $timestamps = false;
}
