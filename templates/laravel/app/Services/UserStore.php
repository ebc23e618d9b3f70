<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;

/**
 * The sample users: [{"id": 1, "name": "Alice"}] until someone adds one.
 *
 * PHP starts every request from scratch, so the list cannot live in a variable:
 * it is kept in the application cache (config/cache.php: the file store; the
 * tests use the array store). A lock keeps ids unique when several PHP workers
 * serve requests at once.
 */
class UserStore
{
    private const KEY = 'sample-api.users';

    private const SEED = [['id' => 1, 'name' => 'Alice']];

    /** @return list<array{id: int, name: string}> */
    public function all(): array
    {
        return Cache::get(self::KEY, self::SEED);
    }

    /** @return array{id: int, name: string}|null */
    public function find(int $id): ?array
    {
        foreach ($this->all() as $user) {
            if ($user['id'] === $id) {
                return $user;
            }
        }

        return null;
    }

    /** @return array{id: int, name: string} */
    public function create(string $name): array
    {
        return Cache::lock(self::KEY.'.lock', 10)->block(5, function () use ($name): array {
            $users = $this->all();
            $user = ['id' => max([0, ...array_column($users, 'id')]) + 1, 'name' => $name];
            $users[] = $user;
            Cache::forever(self::KEY, $users);

            return $user;
        });
    }
}
