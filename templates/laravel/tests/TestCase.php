<?php

namespace Tests;

use Illuminate\Config\Repository;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Foundation\Testing\TestCase as BaseTestCase;
use PDO;

/**
 * Every test starts from the seed rows: RefreshDatabase migrates a throwaway
 * database once, then rolls each test back (SQLite: in memory, see phpunit.xml;
 * PostgreSQL: <database>_test on the DATABASE_URL server, never the database
 * DATABASE_URL itself names).
 */
abstract class TestCase extends BaseTestCase
{
    use RefreshDatabase;

    protected const ALICE = ['id' => 1, 'name' => 'Alice'];

    public function createApplication()
    {
        $app = parent::createApplication();

        $config = $app->make('config');
        if ($config->get('database.default') === 'pgsql') {
            self::usePostgresTestDatabase($config);
        }

        return $app;
    }

    /** Points the pgsql connection at <database>_test, creating that database when it is missing. */
    private static function usePostgresTestDatabase(Repository $config): void
    {
        $parts = parse_url((string) $config->get('database.connections.pgsql.url'));
        $database = ltrim($parts['path'] ?? '', '/').'_test';

        $server = new PDO(
            sprintf('pgsql:host=%s;port=%d;dbname=postgres', $parts['host'] ?? 'localhost', $parts['port'] ?? 5432),
            isset($parts['user']) ? urldecode($parts['user']) : null,
            isset($parts['pass']) ? urldecode($parts['pass']) : null,
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
        );
        $exists = $server->prepare('SELECT 1 FROM pg_database WHERE datname = ?');
        $exists->execute([$database]);
        if ($exists->fetchColumn() === false) {
            $server->exec('CREATE DATABASE "'.str_replace('"', '""', $database).'"');
        }

        $parts['path'] = '/'.$database;
        $config->set('database.connections.pgsql.url', self::buildUrl($parts));
    }

    /** @param  array<string, int|string>  $parts */
    private static function buildUrl(array $parts): string
    {
        $credentials = isset($parts['user'])
            ? $parts['user'].(isset($parts['pass']) ? ':'.$parts['pass'] : '').'@'
            : '';

        return sprintf(
            '%s://%s%s%s%s%s',
            $parts['scheme'] ?? 'postgresql',
            $credentials,
            $parts['host'] ?? 'localhost',
            isset($parts['port']) ? ':'.$parts['port'] : '',
            $parts['path'],
            isset($parts['query']) ? '?'.$parts['query'] : '',
        );
    }
}
