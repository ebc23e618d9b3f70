<?php

use App\Http\Middleware\LimitRequestBody;
use App\Http\Middleware\LogRequests;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Foundation\Http\Middleware\ConvertEmptyStringsToNull;
use Illuminate\Foundation\Http\Middleware\TrimStrings;
use Illuminate\Http\Exceptions\HttpResponseException;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        // An API-only app: routes/api.php, served at the root (no /api prefix).
        api: __DIR__.'/../routes/api.php',
        apiPrefix: '',
    )
    ->withMiddleware(function (Middleware $middleware): void {
        // Oversized bodies are refused first; every request is logged last.
        $middleware->prepend(LimitRequestBody::class);
        $middleware->append(LogRequests::class);

        // Names are stored exactly as sent: no trimming, "" stays "".
        $middleware->remove([
            TrimStrings::class,
            ConvertEmptyStringsToNull::class,
        ]);
    })
    ->withExceptions(function (Exceptions $exceptions): void {
        // Every error is a JSON body {"error": "..."}, never an HTML page.
        $exceptions->shouldRenderJsonWhen(fn (Request $request, Throwable $e): bool => true);

        // 404 for unknown paths, 405 (with Allow) for a known path with another method, ...
        $exceptions->render(function (HttpExceptionInterface $e, Request $request): JsonResponse {
            $status = $e->getStatusCode();
            $message = match ($status) {
                404 => 'not found',
                405 => 'method not allowed',
                413 => 'request body is larger than 1 MB',
                default => strtolower(Response::$statusTexts[$status] ?? 'error'),
            };

            return response()->json(['error' => $message], $status, $e->getHeaders());
        });

        // Anything else is a bug: a JSON 500 (the exception is still logged).
        $exceptions->render(function (Throwable $e, Request $request): ?JsonResponse {
            if ($e instanceof HttpResponseException) {
                return null; // already carries its response (a failed FormRequest, for one)
            }

            return response()->json(['error' => 'internal server error'], 500);
        });
    })->create();
