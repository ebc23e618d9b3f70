<?php

namespace App\Http\Controllers;

use App\Http\Requests\StoreUserRequest;
use App\Services\UserStore;
use Illuminate\Http\JsonResponse;

class UserController extends Controller
{
    public function __construct(private readonly UserStore $users)
    {
    }

    public function index(): JsonResponse
    {
        return response()->json($this->users->all());
    }

    public function show(string $id): JsonResponse
    {
        // Only digits, and not 0: "abc", "1.5", "-1" and "0" are rejected.
        if (! ctype_digit($id) || (int) $id < 1) {
            return response()->json(['error' => 'id must be a positive integer'], 400);
        }

        $user = $this->users->find((int) $id);

        if ($user === null) {
            return response()->json(['error' => "user {$id} not found"], 404);
        }

        return response()->json($user);
    }

    public function store(StoreUserRequest $request): JsonResponse
    {
        $user = $this->users->create($request->validated('name'));

        return response()->json($user, 201);
    }
}
