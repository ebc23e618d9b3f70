<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

final class BookController extends AbstractController
{
    private const BOOKS = [
        ['title' => 'Dune', 'author' => 'Frank Herbert'],
        ['title' => 'Neuromancer', 'author' => 'William Gibson'],
    ];

    #[Route('/books', name: 'books_list', methods: ['GET'])]
    public function list(): JsonResponse
    {
        return $this->json(self::BOOKS);
    }
}
