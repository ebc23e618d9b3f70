<?php

namespace App\Tests\Controller;

use Symfony\Bundle\FrameworkBundle\KernelBrowser;
use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;

/**
 * A client on a fresh kernel per test. The kernel is not rebooted between the
 * requests of one test, so what a POST stores, the next GET sees.
 */
abstract class ApiTestCase extends WebTestCase
{
    protected const ALICE = ['id' => 1, 'name' => 'Alice'];

    protected KernelBrowser $client;

    protected function setUp(): void
    {
        $this->client = static::createClient();
        $this->client->disableReboot();
    }

    /** Sends a request with a raw body and returns the decoded JSON response. */
    protected function send(string $method, string $uri, ?string $body = null): mixed
    {
        $this->client->request($method, $uri, server: [
            'CONTENT_TYPE' => 'application/json',
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
}
