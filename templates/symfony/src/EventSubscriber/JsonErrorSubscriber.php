<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Event\ExceptionEvent;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Turns every exception into a JSON body {"error": "..."}: 404 for unknown
 * paths, 405 for a known path with another method, 500 for bugs (still logged
 * by the framework). Runs before Symfony's own HTML/problem error renderer.
 */
final class JsonErrorSubscriber implements EventSubscriberInterface
{
    public static function getSubscribedEvents(): array
    {
        // After the framework has logged the exception (priority 0), before its
        // own error renderer (-128).
        return [KernelEvents::EXCEPTION => ['onKernelException', -64]];
    }

    public function onKernelException(ExceptionEvent $event): void
    {
        $exception = $event->getThrowable();
        $status = Response::HTTP_INTERNAL_SERVER_ERROR;
        $headers = [];
        if ($exception instanceof HttpExceptionInterface) {
            $status = $exception->getStatusCode();
            $headers = $exception->getHeaders();
        }

        $message = match (true) {
            Response::HTTP_NOT_FOUND === $status => 'not found',
            Response::HTTP_METHOD_NOT_ALLOWED === $status => 'method not allowed',
            $status >= 500 => 'internal server error',
            default => strtolower(Response::$statusTexts[$status] ?? 'error'),
        };

        $event->setResponse(new JsonResponse(['error' => $message], $status, $headers));
    }
}
