<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * A row of the users table: {"id": 1, "name": "Alice"}.
 *
 * @property int $id
 * @property string $name
 */
class User extends Model
{
    public const MAX_NAME_LENGTH = 100;

    /** The shared schema has no created_at/updated_at columns. */
    public $timestamps = false;

    protected $fillable = ['name'];
}
