<?php

namespace App\Controller;

use App\User\NewUserConstraint;
use App\User\UserRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Validator\Validator\ValidatorInterface;

#[Route('/users', name: 'users_')]
final class UserController extends AbstractController
{
    public function __construct(private readonly UserRepository $users)
    {
    }

    #[Route('', name: 'list', methods: ['GET'])]
    public function list(): JsonResponse
    {
        return $this->json($this->users->all());
    }

    #[Route('/{id}', name: 'show', methods: ['GET'])]
    public function show(string $id): JsonResponse
    {
        // Only digits, and not 0: "abc", "1.5", "-1" and "0" are rejected.
        if (1 !== preg_match('/^[0-9]+$/', $id) || (int) $id < 1) {
            return $this->error('id must be a positive integer', Response::HTTP_BAD_REQUEST);
        }

        $user = $this->users->find((int) $id);
        if (null === $user) {
            return $this->error(\sprintf('user %s not found', $id), Response::HTTP_NOT_FOUND);
        }

        return $this->json($user);
    }

    #[Route('', name: 'create', methods: ['POST'])]
    public function create(Request $request, ValidatorInterface $validator): JsonResponse
    {
        // Read the raw body whatever the Content-Type: malformed JSON, an empty
        // body, an array or a bare string/number/null are all "not an object".
        $body = json_decode($request->getContent());
        if (!$body instanceof \stdClass) {
            return $this->error('body must be a JSON object', Response::HTTP_BAD_REQUEST);
        }

        $data = (array) $body;
        $violations = $validator->validate($data, NewUserConstraint::create());
        if (\count($violations) > 0) {
            return $this->error((string) $violations->get(0)->getMessage(), Response::HTTP_BAD_REQUEST);
        }

        return $this->json($this->users->add($data['name']), Response::HTTP_CREATED);
    }

    private function error(string $message, int $status): JsonResponse
    {
        return $this->json(['error' => $message], $status);
    }
}
