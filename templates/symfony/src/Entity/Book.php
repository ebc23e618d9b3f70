<?php

namespace App\Entity;

use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

/**
 * A row of the books table (seeded by the first migration).
 */
#[ORM\Entity]
#[ORM\Table(name: 'books')]
class Book implements \JsonSerializable
{
    #[ORM\Id]
    #[ORM\GeneratedValue(strategy: 'IDENTITY')]
    #[ORM\Column(type: Types::BIGINT)]
    private int|string|null $id = null;

    public function __construct(
        #[ORM\Column(length: 200)]
        private string $title,
        #[ORM\Column(length: 200)]
        private string $author,
    ) {
    }

    /**
     * @return array{title: string, author: string}
     */
    public function jsonSerialize(): array
    {
        return ['title' => $this->title, 'author' => $this->author];
    }
}
