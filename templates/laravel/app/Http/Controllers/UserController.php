<?php

namespace App\Http\Controllers;

use App\Http\Requests\StoreUserRequest;
use App\Models\User;
use Illuminate\Http\JsonResponse;

class UserController extends Controller
{
    public function index(): JsonResponse
    {
        return response()->json(User::query()->orderBy('id')->get());
    }

    public function show(string $id): JsonResponse
    {
        // Only digits, and not 0: "abc", "1.5", "-1" and "0" are rejected.
        if (! ctype_digit($id) || ltrim($id, '0') === '') {
            return response()->json(['error' => 'id must be a positive integer'], 400);
        }

        // Past 18 digits no id of the table can match; it is never cast (it would overflow).
        $user = strlen($id) <= 18 ? User::query()->find((int) $id) : null;

        if ($user === null) {
            return response()->json(['error' => "user {$id} not found"], 404);
        }

        return response()->json($user);
    }

    public function store(StoreUserRequest $request): JsonResponse
    {
        $user = User::query()->create(['name' => $request->validated('name')]);

        return response()->json($user, 201);
    }
}
