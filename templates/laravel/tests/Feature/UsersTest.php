<?php

namespace Tests\Feature;

use Illuminate\Testing\TestResponse;
use PHPUnit\Framework\Attributes\DataProvider;
use Tests\TestCase;

class UsersTest extends TestCase
{
    /** POSTs a raw body to /users with Content-Type: application/json. */
    private function postRaw(string $body): TestResponse
    {
        return $this->call('POST', '/users', server: [
            'CONTENT_TYPE' => 'application/json',
            'HTTP_ACCEPT' => 'application/json',
        ], content: $body);
    }

    public function test_lists_the_seed_user(): void
    {
        $this->getJson('/users')
            ->assertOk()
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson([self::ALICE]);
    }

    public function test_shows_a_user(): void
    {
        $this->getJson('/users/1')
            ->assertOk()
            ->assertExactJson(self::ALICE);
    }

    public function test_an_unknown_user_is_404(): void
    {
        $this->getJson('/users/42')
            ->assertNotFound()
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['error' => 'user 42 not found']);
    }

    public static function badIds(): array
    {
        return [
            'letters' => ['abc'],
            'decimal' => ['1.5'],
            'negative' => ['-1'],
            'zero' => ['0'],
        ];
    }

    #[DataProvider('badIds')]
    public function test_an_id_that_is_not_a_positive_integer_is_400(string $id): void
    {
        $this->getJson("/users/{$id}")
            ->assertStatus(400)
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['error' => 'id must be a positive integer']);
    }

    public function test_creates_users_with_increasing_ids(): void
    {
        $this->postJson('/users', ['name' => 'Bob'])
            ->assertCreated()
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['id' => 2, 'name' => 'Bob']);

        $this->postJson('/users', ['name' => 'Carol', 'role' => 'ignored'])
            ->assertCreated()
            ->assertExactJson(['id' => 3, 'name' => 'Carol']);

        $this->getJson('/users')->assertExactJson([
            self::ALICE,
            ['id' => 2, 'name' => 'Bob'],
            ['id' => 3, 'name' => 'Carol'],
        ]);
        $this->getJson('/users/2')->assertOk()->assertExactJson(['id' => 2, 'name' => 'Bob']);
    }

    public function test_stores_the_name_exactly_as_sent(): void
    {
        $this->postJson('/users', ['name' => '  Bob  '])
            ->assertCreated()
            ->assertExactJson(['id' => 2, 'name' => '  Bob  ']);
    }

    public function test_a_name_of_exactly_100_characters_is_accepted(): void
    {
        $name = str_repeat('a', 100);

        $this->postJson('/users', ['name' => $name])
            ->assertCreated()
            ->assertExactJson(['id' => 2, 'name' => $name]);
    }

    public static function invalidBodies(): array
    {
        return [
            'name missing' => ['{}', 'name is required'],
            'other fields only' => ['{"nom":"Bob"}', 'name is required'],
            'name null' => ['{"name":null}', 'name must be a string'],
            'name a number' => ['{"name":42}', 'name must be a string'],
            'name a boolean' => ['{"name":true}', 'name must be a string'],
            'name an array' => ['{"name":["Bob"]}', 'name must be a string'],
            'name an object' => ['{"name":{"first":"Bob"}}', 'name must be a string'],
            'name empty' => ['{"name":""}', 'name must not be empty'],
            'name only spaces' => ['{"name":"   "}', 'name must not be empty'],
            'name only whitespace' => ['{"name":" \t\n "}', 'name must not be empty'],
            'name 101 characters' => ['{"name":"'.str_repeat('a', 101).'"}', 'name must be at most 100 characters'],
            'malformed JSON' => ['{"name": "Bob"', 'body must be a JSON object'],
            'empty body' => ['', 'body must be a JSON object'],
            'an array' => ['[{"name":"Bob"}]', 'body must be a JSON object'],
            'a bare string' => ['"Bob"', 'body must be a JSON object'],
            'a bare number' => ['42', 'body must be a JSON object'],
            'null' => ['null', 'body must be a JSON object'],
        ];
    }

    #[DataProvider('invalidBodies')]
    public function test_an_invalid_body_is_400_and_stores_nothing(string $body, string $error): void
    {
        $this->postRaw($body)
            ->assertStatus(400)
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['error' => $error]);

        // Nothing was stored, and the app keeps serving.
        $this->getJson('/users')->assertOk()->assertExactJson([self::ALICE]);
        $this->postJson('/users', ['name' => 'Bob'])->assertCreated()->assertJson(['id' => 2]);
    }
}
