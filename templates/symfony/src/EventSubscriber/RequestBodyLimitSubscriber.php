<?php

namespace App\EventSubscriber;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Answers a body over 1 MB with a JSON 413 before routing or any controller
 * reads it: this API only takes small JSON objects.
 */
final class RequestBodyLimitSubscriber implements EventSubscriberInterface
{
    public const MAX_BYTES = 1024 * 1024;

    public static function getSubscribedEvents(): array
    {
        // Before the router (priority 32).
        return [KernelEvents::REQUEST => ['onKernelRequest', 256]];
    }

    public function onKernelRequest(RequestEvent $event): void
    {
        $length = (int) $event->getRequest()->server->get('CONTENT_LENGTH', '0');
        if ($length > self::MAX_BYTES) {
            $event->setResponse(new JsonResponse(['error' => 'request body is larger than 1 MB'], Response::HTTP_REQUEST_ENTITY_TOO_LARGE));
        }
    }
}
