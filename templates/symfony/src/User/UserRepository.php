<?php

namespace App\User;

use Psr\Cache\CacheItemPoolInterface;

/**
 * The sample users: [{"id": 1, "name": "Alice"}] until someone adds one.
 *
 * PHP starts every request from scratch, so the list cannot live in a property:
 * it is kept in the app cache pool (cache.app: the filesystem under var/cache;
 * an in-memory pool in the test environment, see config/packages/framework.yaml).
 */
final class UserRepository
{
    private const KEY = 'sample_api.users';

    private const SEED = [['id' => 1, 'name' => 'Alice']];

    public function __construct(private readonly CacheItemPoolInterface $cache)
    {
    }

    /** @return list<array{id: int, name: string}> */
    public function all(): array
    {
        $item = $this->cache->getItem(self::KEY);

        return $item->isHit() ? $item->get() : self::SEED;
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
    public function add(string $name): array
    {
        $users = $this->all();
        $user = ['id' => max([0, ...array_column($users, 'id')]) + 1, 'name' => $name];
        $users[] = $user;
        $this->cache->save($this->cache->getItem(self::KEY)->set($users));

        return $user;
    }
}
