package io.wataomi.core.diff;

/**
 * Something made of each kind of operation, one method per kind. Java 17 has no switch over a sealed interface's
 * records, and an {@code instanceof} chain lets a new operation through unhandled; with this interface a new
 * operation compiles only once every visitor handles it.
 *
 * @param <R> what the visitor makes of an operation
 */
public interface OperationVisitor<R> {
    R visit(Operation.CreateSchema op);

    R visit(Operation.DropSchema op);

    R visit(Operation.CreateTable op);

    R visit(Operation.DropTable op);

    R visit(Operation.RenameTable op);

    R visit(Operation.AddColumn op);

    R visit(Operation.DropColumn op);

    R visit(Operation.RenameColumn op);

    R visit(Operation.AlterColumnType op);

    R visit(Operation.SetNotNull op);

    R visit(Operation.DropNotNull op);

    R visit(Operation.AlterDefault op);

    R visit(Operation.AlterIdentity op);

    R visit(Operation.SetTableComment op);

    R visit(Operation.SetColumnComment op);

    R visit(Operation.AddPrimaryKey op);

    R visit(Operation.DropPrimaryKey op);

    R visit(Operation.AddUnique op);

    R visit(Operation.DropUnique op);

    R visit(Operation.CreateIndex op);

    R visit(Operation.DropIndex op);

    R visit(Operation.AddForeignKey op);

    R visit(Operation.DropForeignKey op);

    R visit(Operation.AddCheck op);

    R visit(Operation.DropCheck op);

    R visit(Operation.RenameConstraint op);

    R visit(Operation.RenameIndex op);

    R visit(Operation.CreateSequence op);

    R visit(Operation.DropSequence op);

    R visit(Operation.AlterSequence op);

    R visit(Operation.CreateEnum op);

    R visit(Operation.DropEnum op);

    R visit(Operation.AlterEnum op);
}
