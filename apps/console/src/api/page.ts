/** A page of a service's list: its items and the cursor of the next page (null at the end). */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
