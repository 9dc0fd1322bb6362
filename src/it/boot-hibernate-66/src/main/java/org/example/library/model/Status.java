package org.example.library.model;

public enum Status {
    DRAFT, PUBLISHED, WITHDRAWN
}
