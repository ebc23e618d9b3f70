<?php

// Merged over the framework's own config/cache.php: only the default store
// changes. The file store keeps the sample users between requests (each PHP
// request starts from scratch); phpunit.xml switches tests to "array".
return [

    'default' => env('CACHE_STORE', 'file'),

];
