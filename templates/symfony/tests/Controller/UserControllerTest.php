<?php

namespace App\Tests\Controller;

use PHPUnit\Framework\Attributes\DataProvider;

final class UserControllerTest extends ApiTestCase
{
    /**
     * POSTs {"name": ...} and returns the new user's id.
     */
    private function createUser(string $name): int
    {
        $user = $this->send('POST', '/users', json_encode(['name' => $name], \JSON_THROW_ON_ERROR));
        self::assertResponseStatusCodeSame(201);
        self::assertSame($name, $user['name']);
        self::assertIsInt($user['id']);

        return $user['id'];
    }

    public function testListsTheSeedUser(): void
    {
        $this->assertJsonResponse(200, [self::ALICE], $this->send('GET', '/users'));
    }

    public function testShowsAUser(): void
    {
        $this->assertJsonResponse(200, self::ALICE, $this->send('GET', '/users/1'));
    }

    public function testAnUnknownUserIs404(): void
    {
        $this->assertJsonResponse(404, ['error' => 'user 42 not found'], $this->send('GET', '/users/42'));
    }

    public function testAnIdOf300DigitsIs404AndShownAsSent(): void
    {
        $id = str_repeat('9', 300);

        $this->assertJsonResponse(404, ['error' => "user {$id} not found"], $this->send('GET', '/users/'.$id));
    }

    public static function badIds(): iterable
    {
        yield 'letters' => ['abc'];
        yield 'decimal' => ['1.5'];
        yield 'negative' => ['-1'];
        yield 'zero' => ['0'];
    }

    #[DataProvider('badIds')]
    public function testAnIdThatIsNotAPositiveIntegerIs400(string $id): void
    {
        $this->assertJsonResponse(400, ['error' => 'id must be a positive integer'], $this->send('GET', '/users/'.$id));
    }

    public function testStoresUsersInTheDatabaseWithIncreasingIds(): void
    {
        $bob = $this->createUser('Bob');
        $carol = $this->createUser('Carol');

        self::assertGreaterThan(1, $bob);
        self::assertGreaterThan($bob, $carol);
        self::assertSame(3, $this->countUsers());

        $this->assertJsonResponse(200, [
            self::ALICE,
            ['id' => $bob, 'name' => 'Bob'],
            ['id' => $carol, 'name' => 'Carol'],
        ], $this->send('GET', '/users'));
        $this->assertJsonResponse(200, ['id' => $bob, 'name' => 'Bob'], $this->send('GET', '/users/'.$bob));
    }

    public function testIgnoresOtherFields(): void
    {
        $user = $this->send('POST', '/users', '{"name":"Carol","role":"admin"}');

        $this->assertJsonResponse(201, ['id' => $user['id'], 'name' => 'Carol'], $user);
    }

    public function testStoresTheNameExactlyAsSent(): void
    {
        $id = $this->createUser('  Bob  ');

        $this->assertJsonResponse(200, ['id' => $id, 'name' => '  Bob  '], $this->send('GET', '/users/'.$id));
    }

    public function testAccepts100CharactersCountedAsCharacters(): void
    {
        $this->createUser(str_repeat('a', 100));
        $this->createUser(str_repeat('🙂', 100));
    }

    public static function invalidBodies(): iterable
    {
        yield 'name missing' => ['{}', 'name is required'];
        yield 'other fields only' => ['{"nom":"Bob"}', 'name is required'];
        yield 'name null' => ['{"name":null}', 'name is required'];
        yield 'name holding NUL' => ['{"name":"a\\u0000b"}', 'name must not contain NUL characters'];
        yield 'name a number' => ['{"name":42}', 'name must be a string'];
        yield 'name a boolean' => ['{"name":true}', 'name must be a string'];
        yield 'name an array' => ['{"name":["Bob"]}', 'name must be a string'];
        yield 'name an object' => ['{"name":{"first":"Bob"}}', 'name must be a string'];
        yield 'name empty' => ['{"name":""}', 'name must not be empty'];
        yield 'name only spaces' => ['{"name":"   "}', 'name must not be empty'];
        yield 'name only whitespace' => ['{"name":" \t\n "}', 'name must not be empty'];
        yield 'name only no-break spaces' => ["{\"name\":\"\u{a0}\u{a0}\"}", 'name must not be empty'];
        yield 'name 101 characters' => ['{"name":"'.str_repeat('a', 101).'"}', 'name must be at most 100 characters'];
        yield 'name 101 emoji' => ['{"name":"'.str_repeat('🙂', 101).'"}', 'name must be at most 100 characters'];
        yield 'malformed JSON' => ['{"name": "Bob"', 'body must be a JSON object'];
        yield 'empty body' => ['', 'body must be a JSON object'];
        yield 'an array' => ['[{"name":"Bob"}]', 'body must be a JSON object'];
        yield 'a bare string' => ['"Bob"', 'body must be a JSON object'];
        yield 'a bare number' => ['42', 'body must be a JSON object'];
        yield 'null' => ['null', 'body must be a JSON object'];
        yield 'JSON nested 100,000 deep' => ['{"name":'.str_repeat('[', 100000).str_repeat(']', 100000).'}', 'body must be a JSON object'];
    }

    #[DataProvider('invalidBodies')]
    public function testAnInvalidBodyIs400AndStoresNothing(string $body, string $error): void
    {
        $this->assertJsonResponse(400, ['error' => $error], $this->send('POST', '/users', $body));

        // Nothing was stored, and the app keeps serving.
        self::assertSame(1, $this->countUsers());
        $this->assertJsonResponse(200, [self::ALICE], $this->send('GET', '/users'));
    }

    public static function otherContentTypes(): iterable
    {
        yield 'text/plain' => ['text/plain'];
        yield 'multipart without a boundary' => ['multipart/form-data'];
    }

    #[DataProvider('otherContentTypes')]
    public function testABodyThatIsNotJsonIs415(string $contentType): void
    {
        $this->assertJsonResponse(
            415,
            ['error' => 'Content-Type must be application/json'],
            $this->send('POST', '/users', '{"name":"Plain"}', $contentType),
        );
        self::assertSame(1, $this->countUsers());
    }
}
