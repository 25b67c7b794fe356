package dev.loopscope.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * An insertion-ordered map whose removals can be taken back in place: a removed node keeps its
 * neighbours, and relinking it undoes the removal as long as undos come in reverse order (the
 * "dancing links" trick). The ready queue needs this to step back over a handle leaving its head.
 */
final class LinkedEntries<K, V> {
    static final class Node<K, V> {
        final K key;
        V value;
        Node<K, V> prev;
        Node<K, V> next;

        Node(K key, V value) {
            this.key = key;
            this.value = value;
        }
    }

    private final HashMap<K, Node<K, V>> nodes = new HashMap<>();
    private final Node<K, V> head = new Node<>(null, null);

    LinkedEntries() {
        head.prev = head;
        head.next = head;
    }

    int size() {
        return nodes.size();
    }

    V get(K key) {
        Node<K, V> n = nodes.get(key);
        return n == null ? null : n.value;
    }

    /** Replaces the value in place, or appends; returns the value replaced (null: appended). */
    V put(K key, V value) {
        Node<K, V> n = nodes.get(key);
        if (n != null) {
            V old = n.value;
            n.value = value;
            return old;
        }
        n = new Node<>(key, value);
        n.prev = head.prev;
        n.next = head;
        head.prev.next = n;
        head.prev = n;
        nodes.put(key, n);
        return null;
    }

    /** Unlinks the entry; the node returned can be {@link #relink relinked}. */
    Node<K, V> remove(K key) {
        Node<K, V> n = nodes.remove(key);
        if (n != null) {
            n.prev.next = n.next;
            n.next.prev = n.prev;
        }
        return n;
    }

    /** Puts back the node of the last removal not yet undone, where it was. */
    void relink(Node<K, V> n) {
        n.prev.next = n;
        n.next.prev = n;
        nodes.put(n.key, n);
    }

    List<V> values() {
        List<V> out = new ArrayList<>(nodes.size());
        for (Node<K, V> n = head.next; n != head; n = n.next) {
            out.add(n.value);
        }
        return out;
    }

    List<K> keys() {
        List<K> out = new ArrayList<>(nodes.size());
        for (Node<K, V> n = head.next; n != head; n = n.next) {
            out.add(n.key);
        }
        return out;
    }
}
