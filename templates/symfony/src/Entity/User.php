<?php

namespace App\Entity;

use App\Repository\UserRepository;
use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

/**
 * A row of the users table: {"id": 1, "name": "Alice"}.
 */
#[ORM\Entity(repositoryClass: UserRepository::class)]
#[ORM\Table(name: 'users')]
class User implements \JsonSerializable
{
    public const MAX_NAME_LENGTH = 100;

    #[ORM\Id]
    #[ORM\GeneratedValue(strategy: 'IDENTITY')]
    #[ORM\Column(type: Types::BIGINT)]
    private int|string|null $id = null;

    public function __construct(
        #[ORM\Column(length: self::MAX_NAME_LENGTH)]
        private string $name,
    ) {
    }

    public function getId(): ?int
    {
        return null === $this->id ? null : (int) $this->id;
    }

    public function getName(): string
    {
        return $this->name;
    }

    /**
     * @return array{id: int|null, name: string}
     */
    public function jsonSerialize(): array
    {
        return ['id' => $this->getId(), 'name' => $this->name];
    }
}
