<?php

namespace App\Tests\Controller;

use PHPUnit\Framework\Attributes\DataProvider;

final class HealthAndBooksTest extends ApiTestCase
{
    public function testHealthIsOk(): void
    {
        $this->assertJsonResponse(200, ['status' => 'ok'], $this->send('GET', '/health'));
    }

    public function testBooksAreListed(): void
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

    public function testAKnownPathWithAnotherMethodIsJson405(): void
    {
        $this->assertJsonResponse(405, ['error' => 'method not allowed'], $this->send('DELETE', '/users'));
    }
}
