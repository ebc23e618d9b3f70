export interface Book {
  title: string;
  author: string;
}

export const books: readonly Book[] = [
  { title: "Dune", author: "Frank Herbert" },
  { title: "Neuromancer", author: "William Gibson" },
];
