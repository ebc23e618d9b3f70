# A row of the users table: {"id": 1, "name": "Alice"}.
class User < ApplicationRecord
  MAX_NAME_LENGTH = 100

  # Checked on what the client sent, before Active Record casts it to a string
  # (42 would become "42"), in the contract's order: missing or null, not a string,
  # holding NUL, blank, too long.
  validate :name_is_a_non_blank_string, on: :create

  private

  def name_is_a_non_blank_string
    raw = name_before_type_cast
    if !name_came_from_user? || raw.nil?
      errors.add(:base, "name is required")
    elsif !raw.is_a?(String)
      errors.add(:base, "name must be a string")
    elsif raw.include?("\0")
      errors.add(:base, "name must not contain NUL characters")
    elsif raw.match?(/\A[[:space:]]*\z/)
      # [[:space:]] is Unicode-aware: a name of no-break spaces is blank too.
      errors.add(:base, "name must not be empty")
    elsif raw.length > MAX_NAME_LENGTH
      # String#length counts characters, not bytes: 100 emoji fit.
      errors.add(:base, "name must be at most #{MAX_NAME_LENGTH} characters")
    end
  end
end
