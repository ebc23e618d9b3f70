<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

/**
 * Answers a body over 1 MB with a JSON 413 before anything reads it: this API
 * only takes small JSON objects, and PHP's own limit (post_max_size) is larger.
 */
class LimitRequestBody
{
    public const MAX_BYTES = 1024 * 1024;

    public function handle(Request $request, Closure $next): Response
    {
        if ((int) $request->server('CONTENT_LENGTH', '0') > self::MAX_BYTES) {
            return new JsonResponse(['error' => 'request body is larger than 1 MB'], 413);
        }

        return $next($request);
    }
}
