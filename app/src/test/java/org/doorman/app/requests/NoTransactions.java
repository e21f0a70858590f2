package org.doorman.app.requests;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** A transaction manager for fakes: there is nothing to commit or roll back. */
final class NoTransactions extends AbstractPlatformTransactionManager {

    NoTransactions() {
        setNestedTransactionAllowed(true);
    }

    @Override
    protected Object doGetTransaction() {
        return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {}

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}

    @Override
    protected boolean useSavepointForNestedTransaction() {
        return false;
    }
}
