# A row of the books table (seeded by the first migration).
class Book < ApplicationRecord
end
