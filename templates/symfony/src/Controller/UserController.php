<?php

namespace App\Controller;

use App\Entity\User;
use App\Repository\UserRepository;
use App\User\NewUserConstraint;
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
        return $this->json($this->users->findBy([], ['id' => 'ASC']));
    }

    #[Route('/{id}', name: 'show', methods: ['GET'])]
    public function show(string $id): JsonResponse
    {
        // Only digits, and not 0: "abc", "1.5", "-1" and "0" are rejected.
        if (1 !== preg_match('/^[0-9]+$/', $id) || '' === ltrim($id, '0')) {
            return $this->error('id must be a positive integer', Response::HTTP_BAD_REQUEST);
        }

        // Past 18 digits no id of the table can match; it is never cast (it would overflow).
        $user = \strlen($id) <= 18 ? $this->users->find((int) $id) : null;
        if (null === $user) {
            return $this->error(\sprintf('user %s not found', $id), Response::HTTP_NOT_FOUND);
        }

        return $this->json($user);
    }

    #[Route('', name: 'create', methods: ['POST'])]
    public function create(Request $request, ValidatorInterface $validator): JsonResponse
    {
        if ('json' !== $request->getContentTypeFormat()) {
            return $this->error('Content-Type must be application/json', Response::HTTP_UNSUPPORTED_MEDIA_TYPE);
        }

        // Malformed JSON, an empty body, JSON nested deeper than 512 levels, an
        // array or a bare string/number/null are all "not an object".
        $body = json_decode($request->getContent());
        if (!$body instanceof \stdClass) {
            return $this->error('body must be a JSON object', Response::HTTP_BAD_REQUEST);
        }

        $data = (array) $body;
        $violations = $validator->validate($data, NewUserConstraint::create());
        if (\count($violations) > 0) {
            return $this->error((string) $violations->get(0)->getMessage(), Response::HTTP_BAD_REQUEST);
        }

        $user = new User($data['name']);
        $this->users->add($user);

        return $this->json($user, Response::HTTP_CREATED);
    }

    private function error(string $message, int $status): JsonResponse
    {
        return $this->json(['error' => $message], $status);
    }
}
