<?php

namespace App\Tests\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Bundle\FrameworkBundle\KernelBrowser;
use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

/**
 * A client on a fresh kernel per test, inside a database transaction that is
 * rolled back afterwards, so every test starts from the seed rows. The kernel
 * is not rebooted between the requests of one test: what a POST stores, the
 * next GET sees.
 */
abstract class ApiTestCase extends WebTestCase
{
    protected const ALICE = ['id' => 1, 'name' => 'Alice'];

    protected KernelBrowser $client;

    private Connection $connection;

    protected function setUp(): void
    {
        $this->client = static::createClient();
        $this->client->disableReboot();

        $this->connection = static::getContainer()->get('doctrine.dbal.default_connection');
        $this->connection->beginTransaction();
    }

    protected function tearDown(): void
    {
        if ($this->connection->isTransactionActive()) {
            $this->connection->rollBack();
        }

        parent::tearDown();
    }

    /**
     * Sends a request with a raw body and returns the decoded JSON response.
     */
    protected function send(string $method, string $uri, ?string $body = null, string $contentType = 'application/json'): mixed
    {
        $this->client->request($method, $uri, server: [
            'CONTENT_TYPE' => $contentType,
            'HTTP_ACCEPT' => 'application/json',
        ], content: $body);

        return json_decode((string) $this->client->getResponse()->getContent(), true, flags: \JSON_THROW_ON_ERROR);
    }

    protected function assertJsonResponse(int $status, mixed $expected, mixed $actual): void
    {
        self::assertResponseStatusCodeSame($status);
        self::assertResponseHeaderSame('Content-Type', 'application/json');
        self::assertSame($expected, $actual);
    }

    /**
     * The number of rows in the users table, read directly.
     */
    protected function countUsers(): int
    {
        return (int) $this->connection->fetchOne('SELECT COUNT(*) FROM users');
    }
}
