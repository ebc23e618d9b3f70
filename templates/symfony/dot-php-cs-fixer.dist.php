<?php

// The Symfony coding standard: `vendor/bin/php-cs-fixer fix` applies it,
// `vendor/bin/php-cs-fixer fix --dry-run --diff` checks it (CI does).
$finder = (new PhpCsFixer\Finder())
    ->in(__DIR__)
    ->exclude(['data', 'var', 'vendor'])
;

return (new PhpCsFixer\Config())
    ->setRules([
        '@Symfony' => true,
    ])
    ->setFinder($finder)
;
