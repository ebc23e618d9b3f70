<?php

namespace App\Tests\Controller;

use PHPUnit\Framework\Attributes\DataProvider;

final class HealthAndBooksTest extends ApiTestCase
{
    public function testHealthIsOk(): void
    {
        $this->assertJsonResponse(200, ['status' => 'ok'], $this->send('GET', '/health'));
    }

    public function testBooksAreReadFromTheDatabase(): void
    {
        $this->assertJsonResponse(200, [
            ['title' => 'Dune', 'author' => 'Frank Herbert'],
            ['title' => 'Neuromancer', 'author' => 'William Gibson'],
        ], $this->send('GET', '/books'));
    }

    public static function unknownPaths(): iterable
    {
        yield 'unknown path' => ['/nope'];
        yield 'root' => ['/'];
        yield 'nested unknown path' => ['/users/1/books'];
        yield 'path with a dot' => ['/favicon.ico'];
    }

    #[DataProvider('unknownPaths')]
    public function testUnknownPathsAreJson404(string $path): void
    {
        $this->assertJsonResponse(404, ['error' => 'not found'], $this->send('GET', $path));
    }

    public static function wrongMethods(): iterable
    {
        yield 'DELETE /users' => ['DELETE', '/users', ['GET', 'POST']];
        yield 'TRACE /users' => ['TRACE', '/users', ['GET', 'POST']];
        yield 'PUT /health' => ['PUT', '/health', ['GET']];
        yield 'POST /books' => ['POST', '/books', ['GET']];
    }

    /**
     * @param list<string> $allowed
     */
    #[DataProvider('wrongMethods')]
    public function testAKnownPathWithAnotherMethodIsJson405WithAllow(string $method, string $path, array $allowed): void
    {
        $this->assertJsonResponse(405, ['error' => 'method not allowed'], $this->send($method, $path, '{}'));

        $allow = array_map('trim', explode(',', (string) $this->client->getResponse()->headers->get('Allow')));
        foreach ($allowed as $verb) {
            self::assertContains($verb, $allow);
        }
    }

    public function testABodyOver1MbIsJson413(): void
    {
        $body = json_encode(['name' => str_repeat('x', 2 * 1024 * 1024)], \JSON_THROW_ON_ERROR);
        $this->client->request('POST', '/users', server: [
            'CONTENT_TYPE' => 'application/json',
            'CONTENT_LENGTH' => (string) \strlen($body),
        ], content: $body);

        self::assertResponseStatusCodeSame(413);
        self::assertResponseHeaderSame('Content-Type', 'application/json');
        self::assertSame(1, $this->countUsers());
    }
}
