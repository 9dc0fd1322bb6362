package com.example;

/** The application whose jar carries the revisions. */
public class Application {
    public static void main(String[] args) {
        System.out.println("started");
    }
}
