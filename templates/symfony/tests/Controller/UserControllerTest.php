<?php

namespace App\Tests\Controller;

use PHPUnit\Framework\Attributes\DataProvider;

final class UserControllerTest extends ApiTestCase
{
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

    public function testCreatesUsersWithIncreasingIds(): void
    {
        $this->assertJsonResponse(201, ['id' => 2, 'name' => 'Bob'], $this->send('POST', '/users', '{"name":"Bob"}'));
        $this->assertJsonResponse(
            201,
            ['id' => 3, 'name' => 'Carol'],
            $this->send('POST', '/users', '{"name":"Carol","role":"ignored"}'),
        );

        $this->assertJsonResponse(200, [
            self::ALICE,
            ['id' => 2, 'name' => 'Bob'],
            ['id' => 3, 'name' => 'Carol'],
        ], $this->send('GET', '/users'));
        $this->assertJsonResponse(200, ['id' => 2, 'name' => 'Bob'], $this->send('GET', '/users/2'));
    }

    public function testStoresTheNameExactlyAsSent(): void
    {
        $this->assertJsonResponse(201, ['id' => 2, 'name' => '  Bob  '], $this->send('POST', '/users', '{"name":"  Bob  "}'));
    }

    public function testANameOfExactly100CharactersIsAccepted(): void
    {
        $name = str_repeat('a', 100);

        $this->assertJsonResponse(201, ['id' => 2, 'name' => $name], $this->send('POST', '/users', json_encode(['name' => $name])));
    }

    public static function invalidBodies(): iterable
    {
        yield 'name missing' => ['{}', 'name is required'];
        yield 'other fields only' => ['{"nom":"Bob"}', 'name is required'];
        yield 'name null' => ['{"name":null}', 'name must be a string'];
        yield 'name a number' => ['{"name":42}', 'name must be a string'];
        yield 'name a boolean' => ['{"name":true}', 'name must be a string'];
        yield 'name an array' => ['{"name":["Bob"]}', 'name must be a string'];
        yield 'name an object' => ['{"name":{"first":"Bob"}}', 'name must be a string'];
        yield 'name empty' => ['{"name":""}', 'name must not be empty'];
        yield 'name only spaces' => ['{"name":"   "}', 'name must not be empty'];
        yield 'name only whitespace' => ['{"name":" \t\n "}', 'name must not be empty'];
        yield 'name 101 characters' => ['{"name":"'.str_repeat('a', 101).'"}', 'name must be at most 100 characters'];
        yield 'malformed JSON' => ['{"name": "Bob"', 'body must be a JSON object'];
        yield 'empty body' => ['', 'body must be a JSON object'];
        yield 'an array' => ['[{"name":"Bob"}]', 'body must be a JSON object'];
        yield 'a bare string' => ['"Bob"', 'body must be a JSON object'];
        yield 'a bare number' => ['42', 'body must be a JSON object'];
        yield 'null' => ['null', 'body must be a JSON object'];
    }

    #[DataProvider('invalidBodies')]
    public function testAnInvalidBodyIs400AndStoresNothing(string $body, string $error): void
    {
        $this->assertJsonResponse(400, ['error' => $error], $this->send('POST', '/users', $body));

        // Nothing was stored, and the app keeps serving.
        $this->assertJsonResponse(200, [self::ALICE], $this->send('GET', '/users'));
        $this->assertJsonResponse(201, ['id' => 2, 'name' => 'Bob'], $this->send('POST', '/users', '{"name":"Bob"}'));
    }
}
