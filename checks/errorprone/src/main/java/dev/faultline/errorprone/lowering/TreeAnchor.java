package dev.faultline.errorprone.lowering;

import com.sun.source.tree.Tree;
import dev.faultline.analysis.model.Anchor;

/** An anchor on a javac tree (trees compare by identity): findings are reported at that tree. */
public record TreeAnchor(Tree tree) implements Anchor {}
