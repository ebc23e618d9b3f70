<?php

namespace App\User;

use Symfony\Component\Validator\Constraints as Assert;

/**
 * What POST /users accepts: an object with a non-blank string "name" of at
 * most 100 characters; other fields are ignored. Sequentially stops at the
 * first failing rule, so each body gets exactly one message.
 */
final class NewUserConstraint
{
    public const MAX_NAME_LENGTH = 100;

    public static function create(): Assert\Collection
    {
        return new Assert\Collection(
            fields: [
                'name' => new Assert\Sequentially([
                    new Assert\NotNull(message: 'name is required'),
                    new Assert\Type(type: 'string', message: 'name must be a string'),
                    new Assert\Regex(pattern: '/\x00/', match: false, message: 'name must not contain NUL characters'),
                    new Assert\NotBlank(message: 'name must not be empty'),
                    // Whitespace only, Unicode spaces included.
                    new Assert\Regex(pattern: '/\S/u', message: 'name must not be empty'),
                    new Assert\Length(
                        max: self::MAX_NAME_LENGTH,
                        maxMessage: 'name must be at most '.self::MAX_NAME_LENGTH.' characters',
                    ),
                ]),
            ],
            allowExtraFields: true,
            missingFieldsMessage: 'name is required',
        );
    }
}
