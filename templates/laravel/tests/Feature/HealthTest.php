<?php

namespace Tests\Feature;

use PHPUnit\Framework\Attributes\DataProvider;
use Tests\TestCase;

class HealthTest extends TestCase
{
    public function test_health_is_ok(): void
    {
        $this->getJson('/health')
            ->assertOk()
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['status' => 'ok']);
    }

    public function test_books_are_read_from_the_database(): void
    {
        $this->getJson('/books')
            ->assertOk()
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson([
                ['title' => 'Dune', 'author' => 'Frank Herbert'],
                ['title' => 'Neuromancer', 'author' => 'William Gibson'],
            ]);
    }

    public static function unknownPaths(): array
    {
        return [
            'unknown path' => ['/nope'],
            'root' => ['/'],
            'nested unknown path' => ['/users/1/books'],
            'path with a dot' => ['/favicon.ico'],
        ];
    }

    #[DataProvider('unknownPaths')]
    public function test_unknown_paths_are_json_404(string $path): void
    {
        $this->get($path)
            ->assertNotFound()
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['error' => 'not found']);
    }

    public static function wrongMethods(): array
    {
        return [
            'DELETE /users' => ['DELETE', '/users', ['GET', 'POST']],
            'TRACE /users' => ['TRACE', '/users', ['GET', 'POST']],
            'PUT /health' => ['PUT', '/health', ['GET']],
            'POST /books' => ['POST', '/books', ['GET']],
        ];
    }

    /** @param  list<string>  $allowed */
    #[DataProvider('wrongMethods')]
    public function test_a_known_path_with_another_method_is_json_405_with_allow(string $method, string $path, array $allowed): void
    {
        $response = $this->json($method, $path)
            ->assertStatus(405)
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['error' => 'method not allowed']);

        $allow = array_map('trim', explode(',', (string) $response->headers->get('Allow')));
        foreach ($allowed as $verb) {
            $this->assertContains($verb, $allow);
        }
    }

    public function test_a_body_over_1_mb_is_json_413(): void
    {
        $this->call('POST', '/users', server: [
            'CONTENT_TYPE' => 'application/json',
            'CONTENT_LENGTH' => (string) (2 * 1024 * 1024),
        ], content: json_encode(['name' => str_repeat('x', 2 * 1024 * 1024)]))
            ->assertStatus(413)
            ->assertHeader('Content-Type', 'application/json');

        $this->assertDatabaseCount('users', 1);
    }
}
