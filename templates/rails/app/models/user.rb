# A user of the sample API, validated like any Active Model.
class User
  include ActiveModel::Model
  include ActiveModel::Serializers::JSON

  MAX_NAME_LENGTH = 100

  attr_accessor :id, :name

  validate :name_is_a_non_blank_string

  def initialize(attributes = {})
    # A missing "name" and an explicit null get different messages.
    @name_given = attributes.key?(:name) || attributes.key?("name")
    super
  end

  # What as_json/to_json serialize: {"id": 1, "name": "Alice"}.
  def attributes
    { "id" => id, "name" => name }
  end

  private

  def name_is_a_non_blank_string
    if !@name_given
      errors.add(:base, "name is required")
    elsif !name.is_a?(String)
      errors.add(:base, "name must be a string")
    elsif name.match?(/\A[[:space:]]*\z/)
      errors.add(:base, "name must not be empty")
    elsif name.length > MAX_NAME_LENGTH
      errors.add(:base, "name must be at most #{MAX_NAME_LENGTH} characters")
    end
  end
end
