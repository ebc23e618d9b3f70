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

    public function test_books_are_listed(): void
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

    public function test_a_known_path_with_another_method_is_json(): void
    {
        $this->deleteJson('/users')
            ->assertStatus(405)
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['error' => 'method not allowed']);
    }
}
