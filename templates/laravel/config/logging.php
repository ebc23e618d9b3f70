<?php

use Monolog\Formatter\JsonFormatter;
use Monolog\Handler\StreamHandler;

// Merged over the framework's own config/logging.php: logs go to stderr, one
// JSON object per line (the request log included, see LogRequests).
return [

    'default' => env('LOG_CHANNEL', 'stderr'),

    'channels' => [

        'stderr' => [
            'driver' => 'monolog',
            'level' => env('LOG_LEVEL', 'info'),
            'handler' => StreamHandler::class,
            'handler_with' => [
                'stream' => 'php://stderr',
            ],
            'formatter' => JsonFormatter::class,
            'processors' => [],
        ],

    ],

];
