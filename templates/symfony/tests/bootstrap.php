<?php

use App\Kernel;
use Symfony\Bundle\FrameworkBundle\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\ConsoleOutput;
use Symfony\Component\Dotenv\Dotenv;

require dirname(__DIR__).'/vendor/autoload.php';

(new Dotenv())->bootEnv(dirname(__DIR__).'/.env');

/*
 * The tests' own database (config/packages/doctrine.yaml, when@test), never the
 * development one: dropped, created and migrated once per run, with the same
 * migrations the app runs. Each test then rolls back what it wrote (ApiTestCase).
 */
$kernel = new Kernel('test', false);
$kernel->boot();
$console = new Application($kernel);
$console->setAutoExit(false);

$connection = $kernel->getContainer()->get('doctrine')->getConnection();
$sqliteFile = $connection->getParams()['path'] ?? null;
if (null !== $sqliteFile) {
    // SQLite: the database is a file; a new one appears on the first connection.
    $connection->close();
    @unlink($sqliteFile);
} else {
    foreach ([
        ['command' => 'doctrine:database:drop', '--force' => true, '--if-exists' => true],
        ['command' => 'doctrine:database:create'],
    ] as $command) {
        if (0 !== $console->run(new ArrayInput($command), new ConsoleOutput())) {
            exit(1);
        }
    }
}

if (0 !== $console->run(new ArrayInput(['command' => 'doctrine:migrations:migrate', '--no-interaction' => true]), new ConsoleOutput())) {
    exit(1);
}
$kernel->shutdown();
