<?php

namespace Tests\Feature;

use App\Models\User;
use Illuminate\Testing\TestResponse;
use PHPUnit\Framework\Attributes\DataProvider;
use Tests\TestCase;

class UsersTest extends TestCase
{
    /** POSTs a raw body to /users, with Content-Type: application/json unless told otherwise. */
    private function postRaw(string $body, string $contentType = 'application/json'): TestResponse
    {
        return $this->call('POST', '/users', server: [
            'CONTENT_TYPE' => $contentType,
            'HTTP_ACCEPT' => 'application/json',
        ], content: $body);
    }

    /** POSTs {"name": ...} and returns the new user's id. */
    private function createUser(string $name): int
    {
        $response = $this->postJson('/users', ['name' => $name])
            ->assertCreated()
            ->assertHeader('Content-Type', 'application/json')
            ->assertJsonPath('name', $name);

        return $response->json('id');
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

    public function test_an_id_of_300_digits_is_404_and_shown_as_sent(): void
    {
        $id = str_repeat('9', 300);

        $this->getJson("/users/{$id}")
            ->assertNotFound()
            ->assertExactJson(['error' => "user {$id} not found"]);
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

    public function test_stores_users_in_the_database_with_increasing_ids(): void
    {
        $bob = $this->createUser('Bob');
        $carol = $this->createUser('Carol');

        $this->assertGreaterThan(1, $bob);
        $this->assertGreaterThan($bob, $carol);
        $this->assertSame(['Alice', 'Bob', 'Carol'], User::query()->orderBy('id')->pluck('name')->all());

        $this->getJson('/users')->assertExactJson([
            self::ALICE,
            ['id' => $bob, 'name' => 'Bob'],
            ['id' => $carol, 'name' => 'Carol'],
        ]);
        $this->getJson("/users/{$bob}")->assertOk()->assertExactJson(['id' => $bob, 'name' => 'Bob']);
    }

    public function test_answers_with_the_stored_user_and_ignores_other_fields(): void
    {
        $response = $this->postJson('/users', ['name' => 'Carol', 'role' => 'admin'])->assertCreated();

        $id = $response->json('id');
        $this->assertIsInt($id);
        $response->assertExactJson(['id' => $id, 'name' => 'Carol']);
        $this->assertSame('Carol', User::query()->findOrFail($id)->name);
    }

    public function test_stores_the_name_exactly_as_sent(): void
    {
        $id = $this->createUser('  Bob  ');

        $this->assertSame('  Bob  ', User::query()->findOrFail($id)->name);
    }

    public function test_100_characters_are_accepted_counted_as_characters(): void
    {
        $this->createUser(str_repeat('a', 100));
        $this->createUser(str_repeat('🙂', 100));
    }

    public static function invalidBodies(): array
    {
        return [
            'name missing' => ['{}', 'name is required'],
            'other fields only' => ['{"nom":"Bob"}', 'name is required'],
            'name null' => ['{"name":null}', 'name is required'],
            'name holding NUL' => ['{"name":"a\\u0000b"}', 'name must not contain NUL characters'],
            'name a number' => ['{"name":42}', 'name must be a string'],
            'name a boolean' => ['{"name":true}', 'name must be a string'],
            'name an array' => ['{"name":["Bob"]}', 'name must be a string'],
            'name an object' => ['{"name":{"first":"Bob"}}', 'name must be a string'],
            'name empty' => ['{"name":""}', 'name must not be empty'],
            'name only spaces' => ['{"name":"   "}', 'name must not be empty'],
            'name only whitespace' => ['{"name":" \t\n "}', 'name must not be empty'],
            'name only no-break spaces' => ["{\"name\":\"\u{a0}\u{a0}\"}", 'name must not be empty'],
            'name 101 characters' => ['{"name":"'.str_repeat('a', 101).'"}', 'name must be at most 100 characters'],
            'name 101 emoji' => ['{"name":"'.str_repeat('🙂', 101).'"}', 'name must be at most 100 characters'],
            'malformed JSON' => ['{"name": "Bob"', 'body must be a JSON object'],
            'empty body' => ['', 'body must be a JSON object'],
            'an array' => ['[{"name":"Bob"}]', 'body must be a JSON object'],
            'a bare string' => ['"Bob"', 'body must be a JSON object'],
            'a bare number' => ['42', 'body must be a JSON object'],
            'null' => ['null', 'body must be a JSON object'],
            'JSON nested 100,000 deep' => ['{"name":'.str_repeat('[', 100000).str_repeat(']', 100000).'}', 'body must be a JSON object'],
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
        $this->assertDatabaseCount('users', 1);
        $this->getJson('/users')->assertOk()->assertExactJson([self::ALICE]);
    }

    public static function otherContentTypes(): array
    {
        return [
            'text/plain' => ['text/plain'],
            'multipart without a boundary' => ['multipart/form-data'],
        ];
    }

    #[DataProvider('otherContentTypes')]
    public function test_a_body_that_is_not_json_is_415(string $contentType): void
    {
        $this->postRaw('{"name":"Plain"}', $contentType)
            ->assertStatus(415)
            ->assertHeader('Content-Type', 'application/json')
            ->assertExactJson(['error' => 'Content-Type must be application/json']);

        $this->assertDatabaseCount('users', 1);
    }
}
