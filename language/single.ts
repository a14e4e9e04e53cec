/**
 * Single-valued lines. The grammar takes a block's lines in any order and
 * keeps every copy of a line such as `due` or `owner` (a list in the AST), so
 * that writing one twice is reported (the `syntax` rule's repeated-line check)
 * rather than silently dropped. Everything that reads the value reads it
 * through here: the last copy is the value in force, as `propertyNode` (fixes/edits.ts) finds it.
 */
export function single<T>(values: readonly T[] | undefined): T | undefined {
    return values && values.length > 0 ? values[values.length - 1] : undefined;
}
