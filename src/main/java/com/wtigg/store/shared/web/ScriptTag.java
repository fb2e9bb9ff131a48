package com.wtigg.store.shared.web;

/**
 * A {@code <script src defer>} tag of a file the store serves itself, with its integrity hash.
 *
 * @param src the file's address (with its content hash)
 * @param integrity the Subresource Integrity value, {@code sha384-…}
 * @param config a value the script reads from its {@code data-config} attribute, or {@code null}
 */
public record ScriptTag(String src, String integrity, String config) {
}
