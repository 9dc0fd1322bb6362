package io.wataomi.core.autogen;

import io.wataomi.core.diff.Diff;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.diff.OperationVisitor;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What init applies: the creation of missing tables with their keys, indexes and sequences; the rest is left. */
record InitPlan(List<Operation> operations, List<String> tables, Diff remaining) {
    static InitPlan of(Diff diff) {
        List<Rule> rules = diff.operations().stream().map(op -> op.accept(Rules.INSTANCE)).toList();
        Set<QualifiedName> created = new HashSet<>();
        rules.stream().filter(r -> r.creates() != null).forEach(r -> created.add(r.creates()));
        List<Operation> apply = new ArrayList<>();
        List<Operation> rest = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            (rules.get(i).takes(created) ? apply : rest).add(diff.operations().get(i));
        }
        return new InitPlan(apply, created.stream().sorted().map(QualifiedName::toString).toList(), new Diff(rest, diff.hints()));
    }

    /**
     * Whether init takes an operation: always, only when the table it changes is created too, or never.
     *
     * @param creates the table the operation creates, or null
     * @param partOf  the table whose creation the operation completes (its keys, indexes), or null
     */
    private record Rule(boolean always, QualifiedName creates, QualifiedName partOf) {
        static final Rule TAKE = new Rule(true, null, null);
        static final Rule LEAVE = new Rule(false, null, null);

        static Rule creating(QualifiedName table) {
            return new Rule(true, table, null);
        }

        static Rule partOfCreating(QualifiedName table) {
            return new Rule(false, null, table);
        }

        boolean takes(Set<QualifiedName> created) {
            return always || partOf != null && created.contains(partOf);
        }
    }

    /** The rule of each operation. */
    private static final class Rules implements OperationVisitor<Rule> {
        static final Rules INSTANCE = new Rules();

        private Rules() {
        }

        @Override
        public Rule visit(Operation.CreateSchema op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.DropSchema op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.CreateTable op) {
            return Rule.creating(op.table().name());
        }

        @Override
        public Rule visit(Operation.DropTable op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.RenameTable op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AddColumn op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.DropColumn op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.RenameColumn op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AlterColumnType op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.SetNotNull op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.DropNotNull op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AlterDefault op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AlterIdentity op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.SetTableComment op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.SetColumnComment op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AddPrimaryKey op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.DropPrimaryKey op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AddUnique op) {
            return Rule.partOfCreating(op.table());
        }

        @Override
        public Rule visit(Operation.DropUnique op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.CreateIndex op) {
            return Rule.partOfCreating(op.table());
        }

        @Override
        public Rule visit(Operation.DropIndex op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AddForeignKey op) {
            return Rule.partOfCreating(op.table());
        }

        @Override
        public Rule visit(Operation.DropForeignKey op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AddCheck op) {
            return Rule.partOfCreating(op.table());
        }

        @Override
        public Rule visit(Operation.DropCheck op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.RenameConstraint op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.RenameIndex op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.CreateSequence op) {
            return Rule.TAKE;
        }

        @Override
        public Rule visit(Operation.DropSequence op) {
            return Rule.LEAVE;
        }

        /** Giving a sequence its owner: the second half of creating an owned sequence, made after the owning table. */
        @Override
        public Rule visit(Operation.AlterSequence op) {
            return op.from().ownedBy() == null && op.to().ownedBy() != null ? Rule.TAKE : Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.CreateEnum op) {
            return Rule.TAKE;
        }

        @Override
        public Rule visit(Operation.DropEnum op) {
            return Rule.LEAVE;
        }

        @Override
        public Rule visit(Operation.AlterEnum op) {
            return Rule.LEAVE;
        }
    }
}
