package id.merit.employee;

public enum Gender { M, F }
