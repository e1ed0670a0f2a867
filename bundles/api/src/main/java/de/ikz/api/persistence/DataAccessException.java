package de.ikz.api.persistence;

import java.sql.SQLException;

/** An unexpected database failure; the transaction it happened in was rolled back. */
public final class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(SQLException cause) {
        super(cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }

    /** SQLState class 23: integrity constraint violation (duplicate key, foreign key ...). */
    public boolean isConstraintViolation() {
        SQLException se = (SQLException) getCause();
        return se.getSQLState() != null && se.getSQLState().startsWith("23");
    }
}
