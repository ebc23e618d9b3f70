<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;

class BookController extends Controller
{
    private const BOOKS = [
        ['title' => 'Dune', 'author' => 'Frank Herbert'],
        ['title' => 'Neuromancer', 'author' => 'William Gibson'],
    ];

    public function index(): JsonResponse
    {
        return response()->json(self::BOOKS);
    }
}
