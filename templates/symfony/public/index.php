<?php

use App\Kernel;

// Also the router script of `php -S ... public/index.php`: every request,
// including paths with a dot such as /users/1.5, reaches the kernel.
require_once dirname(__DIR__).'/vendor/autoload_runtime.php';

return static function (array $context) {
    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);
};
