<?php

namespace App\Http\Requests;

use Closure;
use Illuminate\Contracts\Validation\Validator;
use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Http\Exceptions\HttpResponseException;
use stdClass;

/**
 * The body of POST /users: a JSON object with a non-blank "name" of at most
 * 100 characters. Every failure is a 400 {"error": "..."} with the first problem.
 */
class StoreUserRequest extends FormRequest
{
    public const MAX_NAME_LENGTH = 100;

    protected $stopOnFirstFailure = true;

    /** The decoded body, once it is known to be a JSON object. */
    private array $payload = [];

    public function authorize(): bool
    {
        return true;
    }

    /**
     * Reads the raw body of a JSON request: malformed JSON, an empty body, an
     * array or a bare string/number/null are all "not an object".
     */
    protected function prepareForValidation(): void
    {
        if (! $this->isJson()) {
            $this->reject('Content-Type must be application/json', 415);
        }

        // Too deep (over 512 levels) decodes to null like malformed JSON does.
        $body = json_decode($this->getContent());

        if (! $body instanceof stdClass) {
            $this->reject('body must be a JSON object');
        }

        $this->payload = (array) $body;
    }

    public function validationData(): array
    {
        return $this->payload;
    }

    public function rules(): array
    {
        return [
            'name' => [
                'bail',
                'present',
                // The contract's order: null is missing, then not a string, then NUL.
                function (string $attribute, mixed $value, Closure $fail): void {
                    if ($value === null) {
                        $fail('name is required');
                    }
                },
                'string',
                function (string $attribute, mixed $value, Closure $fail): void {
                    if (str_contains($value, "\0")) {
                        $fail('name must not contain NUL characters');
                    }
                },
                'filled',
                'not_regex:/^\s*$/u', // whitespace that trim() does not know (e.g. U+00A0)
                'max:'.self::MAX_NAME_LENGTH,
            ],
        ];
    }

    public function messages(): array
    {
        return [
            'name.present' => 'name is required',
            'name.string' => 'name must be a string',
            'name.filled' => 'name must not be empty',
            'name.not_regex' => 'name must not be empty',
            'name.max' => 'name must be at most '.self::MAX_NAME_LENGTH.' characters',
        ];
    }

    protected function failedValidation(Validator $validator): void
    {
        $this->reject($validator->errors()->first());
    }

    private function reject(string $message, int $status = 400): never
    {
        throw new HttpResponseException(response()->json(['error' => $message], $status));
    }
}
