export interface Book {
  title: string;
  author: string;
}

const books: readonly Book[] = [
  { title: "Dune", author: "Frank Herbert" },
  { title: "Neuromancer", author: "William Gibson" },
];

export function listBooks(): readonly Book[] {
  return books;
}
